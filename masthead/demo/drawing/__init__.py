"""Pillow painters for the demo: author portraits, news illustrations and editorial cartoons."""
