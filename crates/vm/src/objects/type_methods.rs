//! Registration of the builtin types' native methods: one `*_methods.rs` file (or folder) per
//! type, each with its `init()`.

pub fn init_all() {
    crate::objects::list_methods::init();
    crate::objects::tuple_methods::init();
    crate::objects::dict_methods::init();
    crate::objects::dict_views::init();
    crate::objects::set_methods::init();
    crate::objects::range_methods::init();
    crate::objects::int_methods::init();
    crate::objects::float_methods::init();
    crate::objects::complex_methods::init();
    crate::objects::str_methods::init();
    crate::objects::bytes_methods::init();
    crate::frame_object::init();
    crate::objects::code_methods::init();
    crate::objects::cell_methods::init();
    crate::objects::singleton_methods::init();
    crate::objects::iter_methods::init();
    crate::objects::generic_alias::init();
    crate::objects::module_methods::init();
    crate::objects::coroutine::init();
    crate::objects::descr_methods::init();
    crate::objects::method_methods::init();
    crate::objects::function_new::init();
    crate::objects::type_bases::init();
    crate::objects::type_hooks::init();
    crate::objects::callable_methods::init();
}
