// Shared data types. Types only: behaviour lives in the stage folders.
export {};
