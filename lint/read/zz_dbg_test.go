package read

import (
	"bytes"
	"os"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

func TestZZDebug(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("F"))
	md, _ := Read("x.md", bytes.NewReader(src), "md")
	var flow []doc.Block
	for _, b := range md.Blocks {
		if b.Kind != doc.TableRow {
			flow = append(flow, b)
		}
	}
	var data []byte
	switch os.Getenv("FMT") {
	case "pdf":
		data = renderPDF(t, flow)
	case "html":
		data = renderHTML(t, src)
	case "txt":
		data = renderText(flow)
	}
	os.WriteFile("/tmp/rd/out."+os.Getenv("FMT"), data, 0o644)
	d, err := Read("x."+os.Getenv("FMT"), bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/rd/want.txt", []byte(dump(flow)), 0o644)
	os.WriteFile("/tmp/rd/got.txt", []byte(dump(d.Blocks)), 0o644)
}
