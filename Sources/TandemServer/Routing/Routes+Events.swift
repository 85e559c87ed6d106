import TandemCore
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

    // Organisers: coordinators and admins, and staff for their own organisation's events.
    app.get(.events, .global(.planEvents), use: EventController.list)
    app.get(.newEvent, .global(.planEvents), use: EventController.new)
    app.post(.events, .global(.planEvents), use: EventController.create)
    app.get(.event(.key), .event(Permission.manageEvent), use: EventController.show)
    app.post(.event(.key, .status), .event(Permission.manageEvent), use: EventController.changeStatus)
    app.post(.event(.key, .attendance), .event(Permission.manageEvent), use: EventController.attendance)
    app.get(.event(.key, .export), .event(Permission.manageEvent), use: EventController.export)
    app.get(.event(.key, .edit), .event(Permission.manageEvent), use: EventController.edit)
    app.post(.event(.key, .edit), .event(Permission.manageEvent), use: EventController.update)
    app.post(.event(.key, .message), .event(Permission.manageEvent), use: EventController.message)
    app.post(.event(.key, .closing), .event(Permission.manageEvent), use: EventClosingController.saveOutcomes)
    app.post(.event(.key, .feedback), .event(Permission.manageEvent), use: EventClosingController.sendFeedback)
    app.get(.event(.key, .checkIn), .event(Permission.manageEvent), use: EventCheckInController.page)
    app.post(.event(.key, .checkIn), .event(Permission.manageEvent), use: EventCheckInController.checkIn)
    app.get(.event(.key, .checkInCode(.key)), .event(Permission.manageEvent), use: EventCheckInController.scanned)
    app.post(.event(.key, .walkIn), .event(Permission.manageEvent), use: EventCheckInController.walkIn)
    app.upload(.event(.key, .materials), .event(Permission.manageEvent), use: EventMaterialsController.publish)
}
