package knowledge

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// LoadDir reads the articles (*.txt) of a directory. When the directory has
// a SOURCES.md whose table has a "file" column, its url, title, tier and
// published columns become the header of each file that lacks one, so
// articles can be kept exactly as collected.
func LoadDir(fsys fs.FS) ([]File, error) {
	d, err := openDir(fsys)
	if err != nil {
		return nil, err
	}
	files := make([]File, 0, len(d.names))
	for i := range d.names {
		f, err := d.read(i)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// articleDir lists a directory's articles and reads them one at a time,
// so that a reseed of many files holds one in memory, not all.
type articleDir struct {
	fsys  fs.FS
	names []string
	meta  map[string]map[string]string // SOURCES.md rows by file name
}

func openDir(fsys fs.FS) (*articleDir, error) {
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	sort.Strings(names)
	d := &articleDir{fsys: fsys, names: names, meta: map[string]map[string]string{}}
	if b, err := fs.ReadFile(fsys, "SOURCES.md"); err == nil {
		d.meta = sourcesTable(b)
	}
	return d, nil
}

// read returns the i-th article, with its SOURCES.md header when it has
// none of its own.
func (d *articleDir) read(i int) (File, error) {
	name := d.names[i]
	data, err := fs.ReadFile(d.fsys, name)
	if err != nil {
		return File{Name: path.Base(name)}, fmt.Errorf("read %s: %w", name, err)
	}
	if m, ok := d.meta[path.Base(name)]; ok && !hasHeader(data) {
		data = withHeader(m, data)
	}
	return File{Name: path.Base(name), Data: data}, nil
}

func hasHeader(data []byte) bool {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	m := headerLine.FindSubmatch(bytes.TrimSpace(first))
	return m != nil && headerKeys[strings.ToLower(string(m[1]))]
}

func withHeader(m map[string]string, data []byte) []byte {
	var b bytes.Buffer
	for _, k := range []string{"url", "title", "published", "tier"} {
		v := strings.TrimSpace(m[k])
		if v == "" || strings.HasPrefix(v, "(") {
			continue
		}
		fmt.Fprintf(&b, "%s: %s\n", k, v)
	}
	if b.Len() == 0 {
		return data
	}
	b.WriteString("---\n")
	b.Write(data)
	return b.Bytes()
}

// sourcesTable reads a Markdown table keyed by its "file" column.
func sourcesTable(b []byte) map[string]map[string]string {
	out := map[string]map[string]string{}
	var cols []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "|") {
			cols = nil
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		if cols == nil {
			cols = make([]string, len(cells))
			for i, c := range cells {
				cols[i] = strings.ToLower(c)
			}
			continue
		}
		if strings.HasPrefix(cells[0], "--") {
			continue
		}
		row := map[string]string{}
		for i, c := range cells {
			if i < len(cols) {
				row[cols[i]] = c
			}
		}
		if f := row["file"]; f != "" {
			out[f] = row
		}
	}
	return out
}
