"""`photo set|remove|show`: the profile photo a résumé may show (the Profile page's too)."""

from __future__ import annotations

import argparse
from pathlib import Path

from resume_builder.cli.common import CliError, open_for_writing, open_read_only


def add_parser(commands, common: argparse.ArgumentParser) -> None:
    """`photo set FILE`, `photo remove`, `photo show`."""
    photo = commands.add_parser(
        "photo",
        parents=[common],
        help="the profile photo a résumé may show (`export resume --photo`)",
        description="The profile photo. A résumé shows it only when asked (`export resume "
        "--photo`, or Include photo in the Export dialog): many applicant-tracking systems and "
        "US employers prefer a résumé without a photo.",
    )
    actions = photo.add_subparsers(dest="photo_action", metavar="ACTION", required=True)
    set_photo = actions.add_parser(
        "set",
        parents=[common],
        help="keep a copy of a picture as the profile photo",
        description="Keeps a copy of a JPEG or PNG picture (also WebP, BMP, TIFF) as the "
        "profile photo: turned upright as the camera took it and made at most 800 pixels on "
        "its long side. Nothing changes when the file cannot be used.",
    )
    set_photo.add_argument("file", metavar="FILE", help="the picture")
    set_photo.set_defaults(handler=_cmd_photo_set)
    remove = actions.add_parser("remove", parents=[common], help="remove the profile photo")
    remove.set_defaults(handler=_cmd_photo_remove)
    show = actions.add_parser(
        "show", parents=[common], help="say whether there is a photo, and its size"
    )
    show.set_defaults(handler=_cmd_photo_show)


def _cmd_photo_set(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Photo
    from resume_builder.services.photo import PhotoError, prepare_photo, set_photo

    try:
        photo = prepare_photo(Path(args.file))
    except PhotoError as exc:
        raise CliError(str(exc)) from None
    with open_for_writing(data_dir, create=True) as repository:
        change = set_photo(repository.all(Photo), photo)
        repository.apply(put=change.after, remove=change.removed)
    print(f"The profile photo is now {photo.source_name} ({photo.width}×{photo.height} pixels).")
    return 0


def _cmd_photo_remove(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.domain.models import Photo
    from resume_builder.services.photo import remove_photo

    with open_for_writing(data_dir) as repository:
        change = remove_photo(repository.all(Photo))
        if change.is_empty():
            print("There is no profile photo to remove.")
            return 0
        repository.apply(remove=change.removed)
    print("Removed the profile photo.")
    return 0


def _cmd_photo_show(args: argparse.Namespace, data_dir: Path) -> int:
    from resume_builder.services.documents import snapshot_of

    photo = snapshot_of(open_read_only(data_dir)).photo
    if photo is None:
        print("There is no profile photo.")
    else:
        print(f"{photo.source_name or 'photo'}: {photo.width}×{photo.height} pixels.")
    return 0
