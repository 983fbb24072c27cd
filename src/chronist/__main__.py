"""`python -m chronist` runs the command line."""

from chronist.cli import main

main()
