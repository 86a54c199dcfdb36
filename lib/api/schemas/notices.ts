import { NOTICE_KINDS, NOTICE_STATUSES } from "@/lib/domain/codes";
import { z } from "@/lib/validation/zod";
import { ZApiDate, ZApiDateTime, ZApiId } from "./common";
import { component } from "./component";

export const ZApiNotice = component(
  "Notice",
  z
    .object({
      id: ZApiId,
      number: z.string().nullable().meta({ example: "梁法督〔2026〕7号" }),
      kind: z.enum(NOTICE_KINDS),
      status: z.enum(NOTICE_STATUSES),
      version: z.number().int(),
      /** null for a circular (通报), which goes to every department. */
      departmentId: ZApiId.nullable(),
      taskIds: z.array(ZApiId),
      title: z.string(),
      content: z.string(),
      response: z.string().nullable(),
      responseDueDate: ZApiDate.nullable(),
      issuedAt: ZApiDateTime.nullable(),
    })
    .strict(),
);
