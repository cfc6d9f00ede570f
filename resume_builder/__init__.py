"""Resume Builder: record your accomplishments and cut tailored résumés from them, offline."""

__version__ = "0.1.0"
APP_NAME = "Resume Builder"
APP_ID = "resume-builder"
