"""`python -m cardgen`: the same command line as `cardgen`, where the script is not on the PATH."""
from .cli import main

if __name__ == "__main__":
    main(prog_name="cardgen")
