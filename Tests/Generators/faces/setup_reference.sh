#!/usr/bin/env bash
# The reference pipeline for FaceBench's parity check, in var/venv-faces (never committed):
# face_recognition 1.3.0 (its own dependency on a source-built dlib is skipped with --no-deps),
# dlib-bin (dlib's prebuilt wheel), numpy, Pillow, and face-recognition-models 0.3.0.
# Then writes var/faces/reference.json for the photos in var/faces/test_images.
source "$(dirname "${BASH_SOURCE[0]}")/../../../deploy/local/lib.sh"
faces_prepare "$PERIKSA_FACE_MODELS_DIR"
faces_photos "$PERIKSA_FACE_PHOTOS_DIR"
faces_extra_photos "$PERIKSA_VAR/faces/extra"
venv="$PERIKSA_VAR/venv-faces"
if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/python" -c "import face_recognition, face_recognition_models" 2>/dev/null; then
  log "installing the reference pipeline (face_recognition 1.3.0, dlib-bin) into $venv"
  "$venv/bin/pip" install --quiet --no-deps face_recognition==1.3.0 dlib-bin numpy Pillow face-recognition-models==0.3.0
fi
"$venv/bin/python" "$PERIKSA_ROOT/Tests/Generators/faces/reference_embeddings.py" "$PERIKSA_FACE_PHOTOS_DIR" "$PERIKSA_VAR/faces/reference.json" "$@"
