import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; expired?: string; registered?: string }>;
}) {
  const params = await searchParams;
  return (
    <SignInForm
      callbackUrl={safeCallbackUrl(params.callbackUrl)}
      notice={params.registered ? "registered" : params.expired ? "expired" : null}
    />
  );
}

/** Only same-site paths: an open redirect after sign-in is a phishing aid. */
function safeCallbackUrl(value: string | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://local");
    return url.origin === "http://local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
