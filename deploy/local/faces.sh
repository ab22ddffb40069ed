# Face weights and test photos from PyPI (never committed, never fetched at run time):
# face-recognition-models 0.3.0 (dlib's 5-point shape predictor and ResNet descriptor) and the
# real photos in the face_recognition 1.3.0 sdist's tests/test_images. Sourced by lib.sh.

export PERIKSA_FACE_MODELS_DIR="${PERIKSA_FACE_MODELS_DIR:-$PERIKSA_VAR/models}"
export PERIKSA_FACE_PHOTOS_DIR="${PERIKSA_FACE_PHOTOS_DIR:-$PERIKSA_VAR/faces/test_images}"

# faces_prepare DIR: downloads face-recognition-models 0.3.0 once and unpacks the .dat weights into DIR.
faces_prepare() {
  local dir="$1"
  if [ -s "$dir/dlib_face_recognition_resnet_model_v1.dat" ] && [ -s "$dir/shape_predictor_5_face_landmarks.dat" ]; then return 0; fi
  log "fetching face weights (PyPI face-recognition-models 0.3.0, ~100 MB)"
  local tmp; tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$tmp" face-recognition-models==0.3.0 \
    || { log "could not download face-recognition-models 0.3.0 from PyPI"; rm -rf "$tmp"; return 1; }
  mkdir -p "$dir"
  tar -xzf "$tmp"/face_recognition_models-0.3.0.tar.gz -C "$tmp"
  local models="$tmp/face_recognition_models-0.3.0/face_recognition_models/models"
  for name in dlib_face_recognition_resnet_model_v1 shape_predictor_5_face_landmarks mmod_human_face_detector; do
    cp "$models/$name.dat" "$dir/$name.dat"
  done
  rm -rf "$tmp"
}

# faces_photos DIR: the real test photos of the face_recognition 1.3.0 sdist, for tests and FaceBench.
faces_photos() {
  local dir="$1"
  if [ -s "$dir/obama.jpg" ] && [ -s "$dir/biden.jpg" ]; then return 0; fi
  log "fetching face test photos (PyPI face_recognition 1.3.0 sdist)"
  local tmp; tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --no-binary :all: --dest "$tmp" face_recognition==1.3.0 \
    || { log "could not download face_recognition 1.3.0 from PyPI"; rm -rf "$tmp"; return 1; }
  mkdir -p "$dir"
  tar -xzf "$tmp"/face_recognition-1.3.0.tar.gz -C "$tmp" face_recognition-1.3.0/tests/test_images
  cp "$tmp"/face_recognition-1.3.0/tests/test_images/* "$dir/"
  rm -rf "$tmp"
}

# faces_extra_photos DIR: the sample photos of the insightface 0.7.3 sdist (a group photo of six
# people and one portrait), more identities for FaceBench's false-accept figures. Bench only.
faces_extra_photos() {
  local dir="$1"
  if [ -s "$dir/t1.jpg" ] && [ -s "$dir/Tom_Hanks_54745.png" ]; then return 0; fi
  log "fetching extra face photos (PyPI insightface 0.7.3 sdist)"
  local tmp; tmp="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --no-binary insightface --dest "$tmp" insightface==0.7.3 \
    || { log "could not download insightface 0.7.3 from PyPI"; rm -rf "$tmp"; return 1; }
  mkdir -p "$dir"
  tar -xzf "$tmp"/insightface-0.7.3.tar.gz -C "$tmp" insightface-0.7.3/insightface/data/images
  cp "$tmp"/insightface-0.7.3/insightface/data/images/{t1.jpg,Tom_Hanks_54745.png} "$dir/"
  rm -rf "$tmp"
}
