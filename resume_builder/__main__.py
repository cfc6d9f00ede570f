"""`python -m resume_builder`: the window by default, subcommands for scripts (see `cli`)."""

from resume_builder.cli.main import run

if __name__ == "__main__":
    run()
