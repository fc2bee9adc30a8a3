import "server-only";
import { getDatabase } from "./shared-database";
import type { PrismaClient } from "./generated/client";

export { getDatabase };

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}
