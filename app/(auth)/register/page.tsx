import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrationForm } from "@/components/auth/registration-form";
import { listActiveDepartments } from "@/db/queries/departments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage() {
  const departments = await listActiveDepartments();
  return <RegistrationForm departments={departments} />;
}
