import { parseArgs } from "node:util";

export type TScaleOptions = {
  tasks: number;
  departments: number;
  users: number;
  /** Empty a database that holds only earlier scale data before loading. */
  reset: boolean;
};

// A provincial work plan: about 300 departments, ten accounts each (3,000), 100,000 tasks.
export const SCALE_DEFAULTS = { tasks: 100_000, departments: 300, usersPerDepartment: 10 } as const;

function positiveInt(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number of at least ${min} (got "${value}")`);
  return n;
}

/**
 * `--tasks N --departments N --users N --reset`. Every department needs a head
 * and an officer to own its tasks, and three departments are the least that
 * lets a task have a lead and two distinct cooperating departments.
 */
export function parseScaleArgs(argv: string[]): TScaleOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      tasks: { type: "string" },
      departments: { type: "string" },
      users: { type: "string" },
      reset: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const departments = positiveInt("departments", values.departments, SCALE_DEFAULTS.departments, 3);
  const options = {
    tasks: positiveInt("tasks", values.tasks, SCALE_DEFAULTS.tasks, 1),
    departments,
    users: positiveInt("users", values.users, departments * SCALE_DEFAULTS.usersPerDepartment, 1),
    reset: values.reset ?? false,
  };
  // Three province-wide accounts (admin, supervisor, leader) plus a head and an officer per department.
  const least = departments * 2 + 3;
  if (options.users < least) throw new Error(`--users must be at least ${least} for ${departments} departments (a head and an officer each, plus the province-wide accounts)`);
  return options;
}
