package main

import (
	"fmt"
	"io/fs"
	"os"
)

// irregularFile returns an error naming the file name when it is neither
// a regular file nor a folder: a named pipe, a device or a socket, whose
// opening or reading may wait for ever (issue 16). It looks before
// opening, since opening a named pipe waits for a writer.
func irregularFile(name string) error {
	info, err := os.Stat(name)
	if err != nil {
		return nil // opening says what is wrong
	}
	m := info.Mode()
	switch {
	case m.IsRegular() || m.IsDir():
		return nil
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%s: is a named pipe, not a regular file", displayName(name))
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%s: is a socket, not a regular file", displayName(name))
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%s: is a device, not a regular file", displayName(name))
	}
	return fmt.Errorf("%s: not a regular file", displayName(name))
}
