package config

import (
	"fmt"
	"path"
	"strings"
)

// MatchGlob reports whether the slash-separated path name matches pattern.
//
// Patterns are path.Match patterns per segment (* ? [...]), plus "**" as a whole
// segment matching any number of directories, zero included. A pattern without a
// slash matches the base name at any depth ("*.pdf" matches "a/b/c.pdf"), as in
// .gitignore; a pattern with a slash is matched against the whole path. A pattern
// ending in "/" or "/**" matches everything under that directory.
func MatchGlob(pattern, name string) bool {
	name = strings.TrimPrefix(path.Clean("/"+name), "/")
	pattern = strings.TrimPrefix(pattern, "./")
	if strings.HasSuffix(pattern, "/") {
		pattern += "**"
	}
	if !strings.Contains(pattern, "/") {
		pattern = "**/" + pattern
	}
	return matchSegments(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

// matchSegments matches pattern segments against name segments by dynamic
// programming over (pattern suffix, name suffix), so patterns with several **
// stay linear in len(pat)*len(name) instead of backtracking exponentially.
// MatchPath reports whether the whole slash-separated path name matches pattern,
// segment by segment with ** for any number of directories, without the base-name
// rule of MatchGlob. It is what command-line globs such as contracts/**/*.pdf mean.
func MatchPath(pattern, name string) bool {
	return matchSegments(strings.Split(path.Clean(pattern), "/"), strings.Split(path.Clean(name), "/"))
}

func matchSegments(pat, name []string) bool {
	// ok[j] is whether pat[i:] matches name[j:], computed for i from the end.
	ok := make([]bool, len(name)+1)
	ok[len(name)] = true // the empty pattern matches only the empty name
	next := make([]bool, len(name)+1)
	for i := len(pat) - 1; i >= 0; i-- {
		for j := len(name); j >= 0; j-- {
			switch {
			case pat[i] == "**":
				// ** matches name[j:k] for any k: either it matches nothing (pat[i+1:]
				// matches name[j:]) or it swallows name[j] and goes on.
				next[j] = ok[j] || (j < len(name) && next[j+1])
			case j == len(name):
				next[j] = false
			default:
				m, err := path.Match(pat[i], name[j])
				next[j] = err == nil && m && ok[j+1]
			}
		}
		ok, next = next, ok
	}
	return ok[0]
}

// CheckGlob reports a malformed pattern (an unclosed [, a trailing \) so that a
// typo in a configuration is an error rather than a pattern that never matches.
func CheckGlob(pattern string) error {
	if pattern == "" {
		return fmt.Errorf("empty pattern")
	}
	for _, seg := range strings.Split(pattern, "/") {
		if strings.Contains(seg, "**") && seg != "**" {
			return fmt.Errorf("pattern %q: ** must be a whole path segment, as in docs/**/*.md", pattern)
		}
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Errorf("pattern %q: %v", pattern, err)
		}
	}
	return nil
}
