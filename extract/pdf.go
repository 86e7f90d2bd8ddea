package extract

import (
	"context"
	"errors"
)

// extractPDF is being written (brief B1); this placeholder keeps the tree building.
func extractPDF(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	return nil, errors.New("PDF extraction not built yet")
}
