/** Marks a value as a local function, so calls to it can bind parameters. */
export const LOCAL_FUNCTION = '<local>.';
