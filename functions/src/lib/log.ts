type Fields = Record<string, unknown>;

function write(level: "info" | "warn" | "error", msg: string, fields: Fields): void {
  const line = JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (process.env.LOG_LEVEL !== "silent") console.log(line);
}

/** Structured JSON logs (CloudWatch-friendly). Callers pass ids and codes, never personal data. */
export const log = {
  info: (msg: string, fields: Fields = {}) => write("info", msg, fields),
  warn: (msg: string, fields: Fields = {}) => write("warn", msg, fields),
  error: (msg: string, fields: Fields = {}) => write("error", msg, fields),
};
