// dlib behind the C interface of face_embedding.h. The network definition is dlib's
// dnn_face_recognition_ex (the model face_recognition/dlib.face_recognition_model_v1 loads).
#include "face_embedding.h"

#include <dlib/dnn.h>
#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_transforms.h>

#include <algorithm>
#include <new>

// OpenBLAS (Debian's default libblas) would start a thread per core inside every engine; engines
// already run one per core, so each keeps to one thread. Weak: absent with the reference BLAS.
extern "C" void openblas_set_num_threads(int) __attribute__((weak));

namespace {
using namespace dlib;

template <template <int, template <typename> class, int, typename> class block, int N, template <typename> class BN, typename SUBNET>
using residual = add_prev1<block<N, BN, 1, tag1<SUBNET>>>;
template <template <int, template <typename> class, int, typename> class block, int N, template <typename> class BN, typename SUBNET>
using residual_down = add_prev2<avg_pool<2, 2, 2, 2, skip1<tag2<block<N, BN, 2, tag1<SUBNET>>>>>>;
template <int N, template <typename> class BN, int stride, typename SUBNET>
using block = BN<con<N, 3, 3, 1, 1, relu<BN<con<N, 3, 3, stride, stride, SUBNET>>>>>;
template <int N, typename SUBNET> using ares = relu<residual<block, N, affine, SUBNET>>;
template <int N, typename SUBNET> using ares_down = relu<residual_down<block, N, affine, SUBNET>>;
template <typename SUBNET> using alevel0 = ares_down<256, SUBNET>;
template <typename SUBNET> using alevel1 = ares<256, ares<256, ares_down<256, SUBNET>>>;
template <typename SUBNET> using alevel2 = ares<128, ares<128, ares_down<128, SUBNET>>>;
template <typename SUBNET> using alevel3 = ares<64, ares<64, ares<64, ares_down<64, SUBNET>>>>;
template <typename SUBNET> using alevel4 = ares<32, ares<32, ares<32, SUBNET>>>;
using anet_type = loss_metric<fc_no_bias<128, avg_pool_everything<
    alevel0<alevel1<alevel2<alevel3<alevel4<max_pool<3, 3, 2, 2, relu<affine<con<32, 7, 7, 2, 2,
    input_rgb_image_sized<150>>>>>>>>>>>>>;

/// Copies caller memory (interleaved RGB rows) into a dlib image.
matrix<rgb_pixel> copy_rgb(const uint8_t *rgb, int32_t width, int32_t height, int32_t stride) {
    matrix<rgb_pixel> image(height, width);
    for (int32_t y = 0; y < height; ++y) {
        const uint8_t *row = rgb + static_cast<size_t>(y) * stride;
        for (int32_t x = 0; x < width; ++x) image(y, x) = rgb_pixel(row[3 * x], row[3 * x + 1], row[3 * x + 2]);
    }
    return image;
}

bool valid(const uint8_t *rgb, int32_t width, int32_t height, int32_t stride) {
    return rgb != nullptr && width > 0 && height > 0 && stride >= 3 * width;
}

pk_face_quality measure(const matrix<rgb_pixel> &chip) {
    matrix<float> gray(chip.nr(), chip.nc());
    double sum = 0;
    for (long y = 0; y < chip.nr(); ++y)
        for (long x = 0; x < chip.nc(); ++x) {
            const rgb_pixel p = chip(y, x);
            gray(y, x) = 0.299f * p.red + 0.587f * p.green + 0.114f * p.blue;
            sum += gray(y, x);
        }
    double mean_lap = 0, sq_lap = 0;
    long n = 0;
    for (long y = 1; y + 1 < gray.nr(); ++y)
        for (long x = 1; x + 1 < gray.nc(); ++x) {
            const double lap = gray(y - 1, x) + gray(y + 1, x) + gray(y, x - 1) + gray(y, x + 1) - 4.0 * gray(y, x);
            mean_lap += lap;
            sq_lap += lap * lap;
            ++n;
        }
    pk_face_quality quality{};
    quality.brightness = sum / static_cast<double>(gray.size());
    if (n > 0) {
        mean_lap /= n;
        quality.sharpness = sq_lap / n - mean_lap * mean_lap;
    }
    return quality;
}
}  // namespace

struct pk_face_model {
    dlib::frontal_face_detector detector = dlib::get_frontal_face_detector();
    dlib::shape_predictor landmarks;
    anet_type network;
};

extern "C" int pk_face_model_open(const char *shape_predictor_path, const char *resnet_path, pk_face_model **out) {
    if (out == nullptr) return PK_FACE_BAD_ARGUMENT;
    *out = nullptr;
    if (shape_predictor_path == nullptr || resnet_path == nullptr) return PK_FACE_BAD_ARGUMENT;
    if (openblas_set_num_threads != nullptr) openblas_set_num_threads(1);
    try {
        auto *model = new pk_face_model();
        try {
            dlib::deserialize(shape_predictor_path) >> model->landmarks;
            dlib::deserialize(resnet_path) >> model->network;
        } catch (...) {
            delete model;
            return PK_FACE_MODEL_UNREADABLE;
        }
        *out = model;
        return PK_FACE_OK;
    } catch (...) {
        return PK_FACE_FAILED;
    }
}

extern "C" void pk_face_model_close(pk_face_model *model) { delete model; }

extern "C" int pk_face_detect(pk_face_model *model, const uint8_t *rgb, int32_t width, int32_t height, int32_t stride,
                              int32_t upsample, pk_face_box *boxes, int32_t max_boxes, int32_t *count) {
    if (model == nullptr || count == nullptr || !valid(rgb, width, height, stride) || upsample < 0 || upsample > 2)
        return PK_FACE_BAD_ARGUMENT;
    try {
        auto image = copy_rgb(rgb, width, height, stride);
        std::vector<dlib::rect_detection> found;
        dlib::pyramid_down<2> pyramid;
        for (int i = 0; i < upsample; ++i) dlib::pyramid_up(image, pyramid);
        model->detector(image, found, 0.0);
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.detection_confidence > b.detection_confidence; });
        *count = static_cast<int32_t>(found.size());
        for (int32_t i = 0; i < std::min<int32_t>(max_boxes, *count); ++i) {
            dlib::rectangle r = found[i].rect;
            for (int u = 0; u < upsample; ++u) r = pyramid.rect_down(r);
            boxes[i] = pk_face_box{static_cast<int32_t>(r.left()), static_cast<int32_t>(r.top()),
                                   static_cast<int32_t>(r.right()), static_cast<int32_t>(r.bottom()),
                                   found[i].detection_confidence};
        }
        return PK_FACE_OK;
    } catch (...) {
        return PK_FACE_FAILED;
    }
}

extern "C" int pk_face_describe(pk_face_model *model, const uint8_t *rgb, int32_t width, int32_t height, int32_t stride,
                                pk_face_box box, float *descriptor, pk_face_quality *quality) {
    if (model == nullptr || descriptor == nullptr || quality == nullptr || !valid(rgb, width, height, stride)) return PK_FACE_BAD_ARGUMENT;
    if (box.right <= box.left || box.bottom <= box.top) return PK_FACE_BAD_ARGUMENT;
    try {
        const auto image = copy_rgb(rgb, width, height, stride);
        const dlib::rectangle rect(box.left, box.top, box.right, box.bottom);
        const auto shape = model->landmarks(image, rect);
        dlib::matrix<dlib::rgb_pixel> chip;
        dlib::extract_image_chip(image, dlib::get_face_chip_details(shape, 150, 0.25), chip);
        const dlib::matrix<float, 0, 1> vector = model->network(chip);
        if (vector.size() != PK_FACE_DESCRIPTOR_SIZE) return PK_FACE_FAILED;
        for (long i = 0; i < PK_FACE_DESCRIPTOR_SIZE; ++i) descriptor[i] = vector(i);
        *quality = measure(chip);
        return PK_FACE_OK;
    } catch (...) {
        return PK_FACE_FAILED;
    }
}
