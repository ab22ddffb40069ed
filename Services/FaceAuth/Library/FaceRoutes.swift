import Foundation
import Hummingbird
import Logging
import PostgresNIO
import ServiceKit
import Tokens

/// Wires the face part of face-auth (issue 5): the dlib reader, the template index, kiosks,
/// attendance and face login, over PostgreSQL stores.
struct FaceRoutes {
    let maintenance: FaceMaintenance
    private let add: (Router<ServiceRequestContext>) -> Void

    init(config: FaceAuthConfig, client: PostgresClient, logger: Logger, users: any UserStore, keys: KeyRing) {
        let settings = config.faces
        let templates = PostgresFaceTemplateStore(client: client, logger: logger)
        let attendance = PostgresAttendanceStore(client: client, logger: logger)
        let reader = LazyFaceReader(settings: settings)
        let recognition = FaceRecognition(
            store: templates, index: FaceIndex(store: templates), thresholds: settings.thresholds, imageRetention: settings.imageRetention)
        maintenance = FaceMaintenance(templates: templates, seen: attendance, replayMemory: settings.replayMemory, logger: logger)
        let kiosks = KioskController(
            kiosks: PostgresKioskStore(client: client, logger: logger), keys: keys, settings: config.tokens,
            lifetime: settings.kioskTokenLifetime, throttle: LoginThrottle(allowed: config.loginFailuresAllowed))
        let faces = FaceController(reader: reader, recognition: recognition)
        let checkIns = AttendanceController(reader: reader, recognition: recognition, attendance: attendance, seen: attendance, rules: settings.attendance)
        let login = FaceLoginController(
            users: users, reader: reader, recognition: recognition, keys: keys, settings: config.tokens,
            throttle: LoginThrottle(allowed: settings.faceLoginFailuresAllowed))
        add = { router in
            faces.addRoutes(to: router)
            checkIns.addRoutes(to: router)
            kiosks.addRoutes(to: router)
            login.addRoutes(to: router)
        }
    }

    func addRoutes(to router: Router<ServiceRequestContext>) { add(router) }
}
