package render

import (
	"io/fs"
	"path"
	"testing"

	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/samples"
	"github.com/dpatool/dpa/templates"
)

// BenchmarkRender measures each sample contract in both languages through the
// whole pipeline: md (load, validate and assemble the Markdown), html and pdf
// (from that Markdown). Run: go test -run ^$ -bench Render -benchmem ./templates/render
func BenchmarkRender(b *testing.B) {
	for _, name := range samples.Examples {
		file := name + ".yaml"
		data, err := fs.ReadFile(samples.FS, file)
		if err != nil {
			b.Fatal(err)
		}
		open := func(p string) ([]byte, error) { return fs.ReadFile(samples.FS, path.Clean(p)) }
		for _, lang := range []string{"en", "fr"} {
			assemble := func() []byte {
				c, src, err := contract.Load(file, data, open)
				if err != nil {
					b.Fatal(err)
				}
				if ds := contract.Validate(c, src); len(ds) > 0 && ds[0].Severity == "error" {
					b.Fatalf("%s: %v", file, ds[0].Message)
				}
				c.Language = lang
				md, err := templates.Markdown(c, nil)
				if err != nil {
					b.Fatal(err)
				}
				return md
			}
			md := assemble()
			b.Run(name+"."+lang+"/md", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					assemble()
				}
			})
			b.Run(name+"."+lang+"/html", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := HTML(md, HTMLOptions{Lang: lang}); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run(name+"."+lang+"/pdf", func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := PDF(md, PDFOptions{Lang: lang}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
