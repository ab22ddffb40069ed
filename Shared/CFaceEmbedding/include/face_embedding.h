/* Face detection, 5-point alignment and the 128-d ResNet descriptor (dlib), behind a plain C
   interface so Swift needs no C++ interop. Every function reports failure as a return code;
   no C++ exception crosses this boundary. A model is NOT thread-safe: one per worker. */
#ifndef PERIKSA_FACE_EMBEDDING_H
#define PERIKSA_FACE_EMBEDDING_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    PK_FACE_OK = 0,
    PK_FACE_BAD_ARGUMENT = 1,
    PK_FACE_MODEL_UNREADABLE = 2,
    PK_FACE_FAILED = 3,
};

#define PK_FACE_DESCRIPTOR_SIZE 128

typedef struct pk_face_model pk_face_model;

/* A face rectangle in image pixels as the detector found it (it may reach past the image's
   edges: clip it before measuring), with the HOG detector's score. */
typedef struct {
    int32_t left, top, right, bottom;
    double score;
} pk_face_box;

/* Quality of the aligned 150x150 face chip: mean luma 0..255, variance of its Laplacian. */
typedef struct {
    double brightness;
    double sharpness;
} pk_face_quality;

/* Loads the 5-point shape predictor and the ResNet model; *out is NULL on failure. */
int pk_face_model_open(const char *shape_predictor_path, const char *resnet_path, pk_face_model **out);
void pk_face_model_close(pk_face_model *model);

/* HOG detection on interleaved 8-bit RGB (stride = bytes per row). Writes up to max_boxes boxes,
   sets *count to the number of faces found (may exceed max_boxes). */
int pk_face_detect(pk_face_model *model, const uint8_t *rgb, int32_t width, int32_t height, int32_t stride,
                   int32_t upsample, pk_face_box *boxes, int32_t max_boxes, int32_t *count);

/* Aligns the face in box (5 landmarks), computes its descriptor into descriptor[128] and the
   chip's quality. */
int pk_face_describe(pk_face_model *model, const uint8_t *rgb, int32_t width, int32_t height, int32_t stride,
                     pk_face_box box, float *descriptor, pk_face_quality *quality);

#ifdef __cplusplus
}
#endif

#endif
