/**
 * The button's classes, apart from the Button component: a client island that is one plain
 * button (重试, 打印, 下载, 校验) takes these on a native <button>. Plain lookups rather than
 * class-variance-authority: the bundler copies a small shared module into every chunk that
 * needs it, and cva with clsx was ~0.7 kB gzip in each (docs/performance/js-budget.md).
 * Classes added after them must not conflict (there is no tailwind-merge here); to change
 * the size, pass `size: null` and give the whole size yourself.
 */
const BASE =
  "inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0";

const VARIANTS = {
  default: "bg-primary text-primary-foreground hover:bg-primary/90",
  destructive: "bg-destructive text-white hover:bg-destructive/90",
  outline: "border border-border bg-background hover:bg-muted",
  secondary: "bg-muted text-foreground hover:bg-muted/70",
  ghost: "hover:bg-muted",
  link: "text-primary underline-offset-4 hover:underline",
};

const SIZES = {
  // The text size belongs to the size, so that sm's text-xs is not next to a text-sm.
  default: "h-9 px-4 text-sm",
  sm: "h-8 px-3 text-xs",
  lg: "h-10 px-6 text-sm",
  icon: "size-9 text-sm",
};

export type TButtonVariant = keyof typeof VARIANTS;
export type TButtonSize = keyof typeof SIZES;
/** As cva's VariantProps: undefined takes the default, null leaves that part out. */
export type TButtonVariantProps = { variant?: TButtonVariant | null | undefined; size?: TButtonSize | null | undefined };

export function buttonVariants({ variant, size }: TButtonVariantProps = {}): string {
  const parts = [BASE];
  if (variant !== null) parts.push(VARIANTS[variant ?? "default"]);
  if (size !== null) parts.push(SIZES[size ?? "default"]);
  return parts.join(" ");
}
