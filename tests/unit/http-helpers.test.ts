import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/content-disposition";
import { problemResponse, toProblem, type TTranslator } from "@/lib/http/problem";
import { readFormDataWithin } from "@/lib/http/read-form-data";
import { isCrossOriginRequest } from "@/lib/http/same-origin";

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://localhost:3000/api/uploads", { method: "POST", headers: { host: "dudao.test", ...headers }, ...(body === undefined ? {} : { body }) });

describe("isCrossOriginRequest", () => {
  it("lets same-origin and Origin-less requests through and stops the rest", () => {
    expect(isCrossOriginRequest(post({}))).toBe(false);
    expect(isCrossOriginRequest(post({ origin: "http://dudao.test" }))).toBe(false);
    expect(isCrossOriginRequest(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginRequest(post({ origin: "https://dudao.test" }))).toBe(true);
    expect(isCrossOriginRequest(post({ origin: "null" }))).toBe(true);
  });
});

describe("readFormDataWithin", () => {
  const form = () => {
    const data = new FormData();
    data.set("file", new File([new Uint8Array(1000).fill(65)], "a.txt", { type: "text/plain" }));
    return data;
  };

  it("parses a body within the limit", async () => {
    const result = await readFormDataWithin(new Request("http://dudao.test/", { method: "POST", body: form() }), 10_000);
    expect(result.ok && (result.form.get("file") as File).size).toBe(1000);
  });

  it("refuses by Content-Length before reading, and by counting a body that declares none", async () => {
    expect(await readFormDataWithin(post({ "content-length": "5000", "content-type": "multipart/form-data; boundary=x" }, "x"), 100)).toEqual({
      ok: false,
      reason: "too_large",
    });
    const multipart = new Request("http://dudao.test/", { method: "POST", body: form() });
    const chunked = new Request("http://dudao.test/", {
      method: "POST",
      headers: { "content-type": multipart.headers.get("content-type")! },
      body: multipart.body,
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    expect(await readFormDataWithin(chunked, 500)).toEqual({ ok: false, reason: "too_large" });
  });

  it("calls a body that is no multipart form malformed", async () => {
    expect(await readFormDataWithin(post({ "content-type": "application/json" }, "{}"), 1000)).toEqual({ ok: false, reason: "malformed" });
    expect(await readFormDataWithin(post({}), 1000)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("problem details", () => {
  const t = Object.assign((key: string, values?: Record<string, string | number>) => `«${key}${values ? JSON.stringify(values) : ""}»`, {
    has: (key: string) => key !== "errors.unknownKey",
  }) satisfies TTranslator;

  it("carries the AppError's status, a title from its code and the translated message", () => {
    expect(toProblem(new AppError("VALIDATION", "uploadTooLarge", { params: { maxMb: "20" } }), t)).toEqual({
      type: "urn:dudao:problem:validation",
      title: "Validation Failed",
      status: 422,
      detail: '«errors.uploadTooLarge{"maxMb":"20"}»',
    });
    expect(toProblem(new AppError("NOT_FOUND", "notFound"))).toMatchObject({ status: 404, title: "Not Found", detail: "notFound" });
    expect(toProblem(new AppError("FORBIDDEN", "unknownKey"), t).detail).toBe("unknownKey");
  });

  it("reads a message key with a dot from its own namespace", () => {
    expect(toProblem(new AppError("VALIDATION", "importErrors.fileEmpty"), t).detail).toBe("«importErrors.fileEmpty{}»");
  });

  it("lists field errors, translated from the validation messages", () => {
    const error = new AppError("VALIDATION", "validationFailed", { fieldErrors: { attachmentIds: ["attachmentInvalid"], note: ["tooLong:200"] } });
    expect(toProblem(error, t).errors).toEqual([
      { path: "attachmentIds", message: "«validation.attachmentInvalid»" },
      { path: "note", message: '«validation.tooLong{"n":"200"}»' },
    ]);
    expect(toProblem(error).errors).toEqual([
      { path: "attachmentIds", message: "attachmentInvalid" },
      { path: "note", message: "tooLong:200" },
    ]);
  });

  it("hides anything but an AppError behind a plain 500", async () => {
    const response = problemResponse(new Error("connection string postgres://secret"));
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.stringify(await response.json())).not.toContain("secret");
  });
});

describe("attachmentDisposition", () => {
  it("always downloads, with the Chinese name in filename* and an ASCII fallback", () => {
    expect(attachmentDisposition("整改报告 (终稿).pdf")).toBe(
      "attachment; filename=\"____ (__).pdf\"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A%20%28%E7%BB%88%E7%A8%BF%29.pdf",
    );
    expect(attachmentDisposition('a"b\\c.txt')).toBe("attachment; filename=\"a_b_c.txt\"; filename*=UTF-8''a%22b%5Cc.txt");
  });
});
