"""Syndication and search engines: feeds (RSS, Atom, JSON Feed), WebSub pings, sitemaps (with the
Google News sitemap), robots.txt, icons and the web app manifest."""
