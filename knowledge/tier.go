package knowledge

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Tier is how much an article's site can be trusted on its own.
type Tier string

const (
	// TierOfficial: the studio or streamer itself (its sites, Tudum).
	TierOfficial Tier = "official"
	// TierTrade: the entertainment trade press.
	TierTrade Tier = "trade"
	// TierOther: everything else: blogs, fan sites, content farms.
	TierOther Tier = "other"
)

// ParseTier reads a tier name, case-insensitively.
func ParseTier(s string) (Tier, bool) {
	switch t := Tier(strings.ToLower(strings.TrimSpace(s))); t {
	case TierOfficial, TierTrade, TierOther:
		return t, true
	}
	return "", false
}

// DefaultOfficial and DefaultTrade are the sites known without
// configuration. Admins extend them with OFFICIAL_DOMAINS and TRADE_DOMAINS.
var (
	DefaultOfficial = []string{"netflix.com", "netflix.net", "tudum.com"}
	DefaultTrade    = []string{
		"variety.com", "deadline.com", "hollywoodreporter.com", "thewrap.com",
		"indiewire.com", "screendaily.com", "screeninternational.com", "vulture.com",
		"ew.com", "empireonline.com", "collider.com", "whats-on-netflix.com",
	}
)

// Tiers maps sites to tiers.
type Tiers struct {
	bySite map[string]Tier
}

// NewTiers returns the default domain lists plus the given extra domains.
func NewTiers(extraOfficial, extraTrade []string) *Tiers {
	t := &Tiers{bySite: map[string]Tier{}}
	for _, d := range append(append([]string{}, DefaultTrade...), extraTrade...) {
		if d = Site(d); d != "" {
			t.bySite[d] = TierTrade
		}
	}
	for _, d := range append(append([]string{}, DefaultOfficial...), extraOfficial...) {
		if d = Site(d); d != "" {
			t.bySite[d] = TierOfficial
		}
	}
	return t
}

// Of returns the tier of a site; unknown sites are TierOther.
func (t *Tiers) Of(site string) Tier {
	if t != nil {
		if tier, ok := t.bySite[site]; ok {
			return tier
		}
	}
	return TierOther
}

// Site returns the registrable domain of a host name ("tudum.netflix.com"
// is "netflix.com"), so that two pages of one site count as one source.
func Site(host string) string {
	host = strings.ToLower(strings.TrimSpace(host))
	host = strings.TrimPrefix(strings.TrimPrefix(host, "https://"), "http://")
	if i := strings.IndexAny(host, "/:"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(host, ".")
	if host == "" {
		return ""
	}
	if d, err := publicsuffix.EffectiveTLDPlusOne(host); err == nil {
		return d
	}
	return host
}
