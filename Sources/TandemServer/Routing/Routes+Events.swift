import Vapor

/// Events: the public "What's on", registering without an account, giving a place up;
/// and the organisers' pages.
func eventRoutes(_ app: Application) {
    app.get(.whatsOn, .public, use: PublicEventController.whatsOn)
    app.get(.publicEvent(.key), .public, use: PublicEventController.show)
    app.post(.publicEvent(.key), .public, use: PublicEventController.register)
    app.get(.publicEventCalendar(.key), .public, use: PublicEventController.calendar)
    app.post(.registerMe(.key), .signedIn, use: PublicEventController.registerMe)
    app.get(.cancelRegistration(.key), .public, use: PublicEventController.cancelForm)
    app.post(.cancelRegistration(.key), .public, use: PublicEventController.cancel)

    // Organisers: coordinators and admins.
    app.get(.events, .global(.manageEvents), use: EventController.list)
    app.get(.newEvent, .global(.manageEvents), use: EventController.new)
    app.post(.events, .global(.manageEvents), use: EventController.create)
    app.get(.event(.key), .global(.manageEvents), use: EventController.show)
    app.post(.event(.key, .status), .global(.manageEvents), use: EventController.changeStatus)
    app.post(.event(.key, .attendance), .global(.manageEvents), use: EventController.attendance)
    app.get(.event(.key, .export), .global(.manageEvents), use: EventController.export)
    app.get(.event(.key, .edit), .global(.manageEvents), use: EventController.edit)
    app.post(.event(.key, .edit), .global(.manageEvents), use: EventController.update)
    app.post(.event(.key, .message), .global(.manageEvents), use: EventController.message)
    app.post(.event(.key, .closing), .global(.manageEvents), use: EventClosingController.saveOutcomes)
    app.post(.event(.key, .feedback), .global(.manageEvents), use: EventClosingController.sendFeedback)
    app.get(.event(.key, .checkIn), .global(.manageEvents), use: EventCheckInController.page)
    app.post(.event(.key, .checkIn), .global(.manageEvents), use: EventCheckInController.checkIn)
    app.get(.event(.key, .checkInCode(.key)), .global(.manageEvents), use: EventCheckInController.scanned)
    app.post(.event(.key, .walkIn), .global(.manageEvents), use: EventCheckInController.walkIn)
    app.upload(.event(.key, .materials), .global(.manageEvents), use: EventMaterialsController.publish)
}
