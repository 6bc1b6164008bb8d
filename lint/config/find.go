package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Loader finds the .dpa-lint.yaml that governs each file and parses each
// configuration once, however many files share it.
type Loader struct {
	// FS is where configurations are looked for; names given to For are paths in it.
	FS fs.FS
	// Display turns an FS path into the name used in messages and in Config.Path
	// (for instance relative to the working directory). nil keeps FS paths.
	Display func(fsPath string) string

	dirs map[string]*Config // directory -> governing configuration (nil: none)
}

// For returns the configuration governing the file at name (a path in l.FS): the
// nearest .dpa-lint.yaml in its directory or above, stopping after the directory
// that contains .git, or Default() when there is none. The configuration's Dir is
// an FS path, so Selects takes FS paths too.
func (l *Loader) For(name string) (*Config, error) {
	if l.dirs == nil {
		l.dirs = map[string]*Config{}
	}
	var visited []string
	dir := path.Dir(name)
	var found *Config
	for {
		if c, ok := l.dirs[dir]; ok {
			found = c
			break
		}
		visited = append(visited, dir)
		cfgPath := path.Join(dir, FileName)
		data, err := readLimited(l.FS, cfgPath)
		if err == nil {
			c, err := Parse(l.display(cfgPath), data)
			if err != nil {
				return nil, err
			}
			c.Dir = dir // patterns are matched against FS paths, not display names
			found = c
			break
		}
		if errors.Is(err, fs.ErrPermission) {
			if _, statErr := fs.Stat(l.FS, cfgPath); statErr == nil {
				return nil, fmt.Errorf("%s: %w", l.display(cfgPath), err) // there, but unreadable
			}
			break // a directory we may not look into ends the search, like the root
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w", l.display(cfgPath), err)
		}
		if _, err := fs.Stat(l.FS, path.Join(dir, ".git")); err == nil {
			break // the repository root: settings above it belong to someone else
		}
		if dir == "." || dir == "/" {
			break
		}
		dir = path.Dir(dir)
	}
	for _, d := range visited {
		l.dirs[d] = found
	}
	if found == nil {
		return Default(), nil
	}
	return found, nil
}

func (l *Loader) display(p string) string {
	if l.Display == nil {
		return p
	}
	return l.Display(p)
}

// Load parses the configuration at name in fsys, for --config. display names the
// file in messages; Dir is set from name, so Selects takes paths in fsys.
func Load(fsys fs.FS, name, display string) (*Config, error) {
	data, err := readLimited(fsys, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, err)
	}
	c, err := Parse(display, data)
	if err != nil {
		return nil, err
	}
	c.Dir = path.Dir(name)
	return c, nil
}

func readLimited(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory, not a configuration file")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("over the %d byte limit for a configuration file", MaxSize)
	}
	return data, nil
}

// rel returns name relative to dir when name is inside dir, else name itself.
func rel(dir, name string) string {
	dir = path.Clean(dir)
	name = path.Clean(name)
	if dir == "." && !strings.HasPrefix(name, "../") && !path.IsAbs(name) {
		return name
	}
	if strings.HasPrefix(name, dir+"/") {
		return name[len(dir)+1:]
	}
	if dir == "/" && path.IsAbs(name) {
		return name[1:]
	}
	return name
}
