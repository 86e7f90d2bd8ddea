//go:build race

package sandbox

// raceEnabled: the race detector maps shadow memory for every heap page
// outside the Go heap's accounting, so the child's address-space cap
// cannot be set (see capMemory).
const raceEnabled = true
