<%response.sendRedirect("control/main");%>
