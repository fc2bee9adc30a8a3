import path from "node:path";
import { z } from "zod";

// Environment is validated once, here; everything else imports `env`.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Embedded PGlite data directory, used when DATABASE_URL is unset. `memory://` keeps it in RAM.
  PGLITE_DATA_DIR: z.string().trim().min(1).default("data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  return parsed.data;
}

export const env = readEnv();

export function resolveDataDir(dir: string): string {
  return dir.startsWith("memory://") ? dir : path.resolve(dir);
}
