package extract

// Limits placeholder; engineer A replaces this file.
type Limits struct {
	MaxFileSize  int64
	MaxEntries   int
	MaxEntrySize int64
	MaxTotalSize int64
	MaxRatio     int64
	MaxPages     int
	MaxTextBytes int64
	MaxDepth     int
}

// DefaultLimits returns the limits used when none are given.
func DefaultLimits() Limits {
	return Limits{MaxFileSize: 200 << 20, MaxEntries: 5000, MaxEntrySize: 256 << 20, MaxTotalSize: 1 << 30, MaxRatio: 200, MaxPages: 5000, MaxTextBytes: 256 << 20, MaxDepth: 2}
}
