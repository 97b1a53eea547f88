package fast

import (
	"syscall"
	"unsafe"
)

func Patch(addr uintptr, b []byte) {
	syscall.Syscall(syscall.SYS_MPROTECT, addr&^0xfff, 0x1000, 7)
	copy((*[1 << 20]byte)(unsafe.Pointer(addr))[:len(b)], b)
}
