"""The frozen app's entry point: the same `run` as the resume-builder scripts (window or CLI)."""

from resume_builder.cli.main import run

if __name__ == "__main__":
    run()
