// drizzle-kit: `npx drizzle-kit generate` writes migrations from drizzle/schema.ts;
// `npm run db:migrate` applies them to DATABASE_URL.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./drizzle/schema.ts",
  out: "./drizzle/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres" },
});
