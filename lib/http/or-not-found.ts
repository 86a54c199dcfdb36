import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { pgErrorCode } from "@/lib/services/db-errors";

/**
 * For pages: a NOT_FOUND refusal from a scoped load renders the 404 page, and
 * so does an id the database cannot read as one (22P02: "/tasks/not-a-uuid"
 * names nothing, it is not a server error); anything else propagates.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if ((isAppError(error) && error.code === "NOT_FOUND") || pgErrorCode(error) === "22P02") notFound();
    throw error;
  }
}
