#!/usr/bin/env python
"""Django's command-line utility; the same as the installed `masthead` command."""

from masthead.__main__ import main

if __name__ == "__main__":
    main()
