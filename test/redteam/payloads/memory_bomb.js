// Grows off-heap buffers without bound.
const blocks = [];
for (;;) blocks.push(Buffer.alloc(64 * 1024 * 1024, 1));
