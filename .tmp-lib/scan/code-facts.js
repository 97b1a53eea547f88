// The language-neutral facts that rules read: each parser front end (Python, JavaScript, shell)
// lowers its syntax tree into these, so one rule covers every language it applies to.
const none = new Set();
export const unknownValue = { taints: none };
export function constant(text) {
    return { text, taints: none };
}
export function tainted(...labels) {
    return { taints: new Set(labels) };
}
export function mergeTaints(values) {
    const out = new Set();
    for (const value of values)
        for (const taint of value?.taints ?? none)
            out.add(taint);
    return out;
}
/** All values in a call's positional and keyword arguments, flattening list literals. */
export function allArgs(call) {
    const out = [];
    const add = (value) => {
        out.push(value);
        for (const item of value.items ?? [])
            add(item);
        for (const field of value.fields?.values() ?? [])
            add(field);
    };
    for (const arg of call.args)
        add(arg);
    for (const arg of call.kwargs.values())
        add(arg);
    return out;
}
export function hasTaint(values, ...labels) {
    return values.some((value) => labels.some((label) => value.taints.has(label)));
}
