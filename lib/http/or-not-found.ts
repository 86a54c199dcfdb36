import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: a NOT_FOUND refusal from a scoped load renders the 404 page; anything else propagates. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
