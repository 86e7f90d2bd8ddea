package extract

import (
	"context"
	"errors"
)

// extractDOCX is being written (brief A); this placeholder keeps the tree building.
func extractDOCX(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	return nil, errors.New("DOCX extraction not built yet")
}
