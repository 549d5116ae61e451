"""The full-page cache: what a page shows (surrogate keys), storing, serving and purging pages."""
