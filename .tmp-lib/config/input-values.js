import { z } from 'zod';
// actions/toolkit getBooleanInput accepts exactly these spellings (YAML 1.2 core schema).
const trueValues = ['true', 'True', 'TRUE'];
const falseValues = ['false', 'False', 'FALSE'];
export const toolkitBoolean = z.string().transform((value, ctx) => {
    if (trueValues.includes(value))
        return true;
    if (falseValues.includes(value))
        return false;
    ctx.addIssue({
        code: 'custom',
        message: `must be one of true, True, TRUE, false, False, FALSE (got "${value.slice(0, 40)}")`,
    });
    return z.NEVER;
});
/** A comma- or newline-separated list; blanks dropped. */
export const listInput = z
    .string()
    .max(16 * 1024)
    .transform((value) => value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0))
    .pipe(z.array(z.string().max(256)).max(256));
const sizeUnits = {
    '': 1,
    m: 1,
    mi: 1,
    mib: 1,
    mb: 1,
    g: 1024,
    gi: 1024,
    gib: 1024,
    gb: 1024,
};
/** A memory size in MiB: "2048", "512M", "4G". */
export const mebibytes = z.string().transform((value, ctx) => {
    const match = /^(\d{1,7})\s*([a-z]*)$/i.exec(value.trim());
    const unit = sizeUnits[match?.[2]?.toLowerCase() ?? 'x'];
    if (!match || unit === undefined) {
        ctx.addIssue({ code: 'custom', message: 'must be a size such as 2048 (MiB), 512M or 4G' });
        return z.NEVER;
    }
    return Number(match[1]) * unit;
});
const durationUnits = { '': 1, s: 1, m: 60, h: 3600 };
/** A duration in seconds: "600", "90s", "10m", "1h". */
export const seconds = z.string().transform((value, ctx) => {
    const match = /^(\d{1,7})\s*([smh]?)$/i.exec(value.trim());
    const unit = durationUnits[match?.[2]?.toLowerCase() ?? 'x'];
    if (!match || unit === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: 'must be a duration such as 600 (seconds), 90s or 10m',
        });
        return z.NEVER;
    }
    return Number(match[1]) * unit;
});
export const decimal = z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'must be a number such as 2 or 0.5')
    .transform(Number);
export const integer = z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number);
