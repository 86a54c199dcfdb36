"use client";

// The last resort when the root layout itself fails: no providers are available here.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", marginTop: "6rem" }}>
        <h1>系统暂时不可用</h1>
        <p>请稍后再试。The system is unavailable; please try again later.</p>
        <button type="button" onClick={reset}>
          重试 / Retry
        </button>
      </body>
    </html>
  );
}
