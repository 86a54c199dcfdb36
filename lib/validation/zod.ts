import * as z from "./zod-api";

// Validation messages are message keys (optionally "key:number"), translated
// where they are shown (lib/validation/translate.ts): one schema serves the
// form in the browser, the server action and the API, in either language.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined || issue.input === null ? "required" : "invalidType";
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "required" : `tooShort:${issue.minimum}`;
        if (issue.origin === "array") return Number(issue.minimum) <= 1 ? "chooseOne" : `tooFew:${issue.minimum}`;
        return `tooSmall:${issue.minimum}`;
      case "too_big":
        if (issue.origin === "string") return `tooLong:${issue.maximum}`;
        if (issue.origin === "array") return `tooMany:${issue.maximum}`;
        return `tooBig:${issue.maximum}`;
      case "invalid_format":
        return "invalidFormat";
      case "invalid_value":
        return "invalidChoice";
      case "unrecognized_keys":
        return "unknownField";
      default:
        return "invalid";
    }
  },
});

export { z };
